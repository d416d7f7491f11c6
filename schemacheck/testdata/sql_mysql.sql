/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `customer_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(45) NOT NULL COMMENT 'purpose:billing',
  `last_name` varchar(45) NOT NULL COMMENT 'purpose:billing',
  `email` varchar(50) DEFAULT NULL COMMENT 'the customer\'s e-mail; purpose:billing',
  `gender` enum('f','m','x') DEFAULT NULL,
  `card_number` varchar(19) COMMENT 'pii:user.financial.credit_card encrypted purpose:billing',
  `active` tinyint(1) NOT NULL DEFAULT '1', # a flag
  `key` varchar(10),
  `birth_date` date,
  PRIMARY KEY (`customer_id`),
  KEY `idx_last_name` (`last_name`),
  UNIQUE KEY `idx_email` (`email`(20))
) ENGINE=InnoDB AUTO_INCREMENT=600 DEFAULT CHARSET=utf8mb4 COMMENT='Customers';

CREATE TABLE `film` (
  `film_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL,
  `name` varchar(64),
  PRIMARY KEY (`film_id`)
) ENGINE=InnoDB;

ALTER TABLE `customer` ADD COLUMN (`phone` varchar(20) COMMENT 'purpose:shipping', `loyalty_points` int);

DELIMITER ;;
CREATE TRIGGER `customer_create_date` BEFORE INSERT ON `customer` FOR EACH ROW SET NEW.create_date = NOW() ;;
DELIMITER ;
