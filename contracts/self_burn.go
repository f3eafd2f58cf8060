// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SelfBurnMetaData contains all meta data concerning the SelfBurn contract.
var SelfBurnMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SelfBurn",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610cdb380380610cdb83398101604081905261002e91610286565b806040518060400160405280600981526020016829b2b63310213ab93760b91b8152506040518060400160405280600481526020016329a1292760e11b815250816003908161007d9190610356565b50600461008a8282610356565b5050506001600160a01b0381166100bb57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100c4816100d7565b506100d1816103e8610128565b50610439565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166101515760405163ec442f0560e01b81525f60048201526024016100b2565b61015c5f8383610160565b5050565b6001600160a01b03831661018a578060025f82825461017f9190610414565b909155506101fa9050565b6001600160a01b0383165f90815260208190526040902054818110156101dc5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100b2565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661021657600280548290039055610234565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161027991815260200190565b60405180910390a3505050565b5f60208284031215610296575f5ffd5b81516001600160a01b03811681146102ac575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102db57607f821691505b6020821081036102f957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610351578282111561035157805f5260205f20601f840160051c602085101561032a57505f5b90810190601f840160051c035f5b8181101561034d575f83820155600101610338565b5050505b505050565b81516001600160401b0381111561036f5761036f6102b3565b6103838161037d84546102c7565b846102ff565b6020601f8211600181146103b5575f831561039e5750848201515b5f19600385901b1c1916600184901b17845561040d565b5f84815260208120601f198516915b828110156103e457878501518255602094850194600190920191016103c4565b508482101561040157868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8082018082111561043357634e487b7160e01b5f52601160045260245ffd5b92915050565b610895806104465f395ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c8063715018a6116100885780639dc29fac116100635780639dc29fac14610199578063a9059cbb146101ac578063dd62ed3e146101bf578063f2fde38b146101f7575f5ffd5b8063715018a61461016c5780638da5cb5b1461017657806395d89b4114610191575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610122578063313ce5671461013557806370a0823114610144575b5f5ffd5b6100d761020a565b6040516100e49190610705565b60405180910390f35b6101006100fb366004610755565b61029a565b60405190151581526020016100e4565b6002545b6040519081526020016100e4565b61010061013036600461077d565b6102b3565b604051601281526020016100e4565b6101146101523660046107b7565b6001600160a01b03165f9081526020819052604090205490565b6101746102d6565b005b6005546040516001600160a01b0390911681526020016100e4565b6100d76102e9565b6101746101a7366004610755565b6102f8565b6101006101ba366004610755565b610321565b6101146101cd3660046107d7565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101746102053660046107b7565b61032e565b60606003805461021990610808565b80601f016020809104026020016040519081016040528092919081815260200182805461024590610808565b80156102905780601f1061026757610100808354040283529160200191610290565b820191905f5260205f20905b81548152906001019060200180831161027357829003601f168201915b5050505050905090565b5f336102a7818585610370565b60019150505b92915050565b5f336102c0858285610382565b6102cb8585856103fe565b506001949350505050565b6102de61045b565b6102e75f610488565b565b60606004805461021990610808565b6001600160a01b038216331461031357610313823383610382565b61031d82826104d9565b5050565b5f336102a78185856103fe565b61033661045b565b6001600160a01b03811661036457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61036d81610488565b50565b61037d838383600161050d565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156103f857818110156103ea57604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161035b565b6103f884848484035f61050d565b50505050565b6001600160a01b03831661042757604051634b637e8f60e11b81525f600482015260240161035b565b6001600160a01b0382166104505760405163ec442f0560e01b81525f600482015260240161035b565b61037d8383836105df565b6005546001600160a01b031633146102e75760405163118cdaa760e01b815233600482015260240161035b565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03821661050257604051634b637e8f60e11b81525f600482015260240161035b565b61031d825f836105df565b6001600160a01b0384166105365760405163e602df0560e01b81525f600482015260240161035b565b6001600160a01b03831661055f57604051634a1406b160e11b81525f600482015260240161035b565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156103f857826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105d191815260200190565b60405180910390a350505050565b6001600160a01b038316610609578060025f8282546105fe9190610840565b909155506106799050565b6001600160a01b0383165f908152602081905260409020548181101561065b5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161035b565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610695576002805482900390556106b3565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516106f891815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610750575f5ffd5b919050565b5f5f60408385031215610766575f5ffd5b61076f8361073a565b946020939093013593505050565b5f5f5f6060848603121561078f575f5ffd5b6107988461073a565b92506107a66020850161073a565b929592945050506040919091013590565b5f602082840312156107c7575f5ffd5b6107d08261073a565b9392505050565b5f5f604083850312156107e8575f5ffd5b6107f18361073a565b91506107ff6020840161073a565b90509250929050565b600181811c9082168061081c57607f821691505b60208210810361083a57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102ad57634e487b7160e01b5f52601160045260245ffdfea26469706673582212206c7bd5b811eec1dec8860e40408455a3f81918143d55baad1e89d30188ac026164736f6c63430008250033",
}

// SelfBurn is an auto generated Go binding around an Ethereum contract.
type SelfBurn struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SelfBurn) GetABI() abi.ABI {
	return c.abi
}

// NewSelfBurn creates a new instance of SelfBurn.
func NewSelfBurn() *SelfBurn {
	parsed, err := SelfBurnMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SelfBurn{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SelfBurn) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (selfBurn *SelfBurn) PackConstructor(initialOwner common.Address) []byte {
	enc, err := selfBurn.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (selfBurn *SelfBurn) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := selfBurn.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (selfBurn *SelfBurn) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return selfBurn.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (selfBurn *SelfBurn) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := selfBurn.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (selfBurn *SelfBurn) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := selfBurn.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (selfBurn *SelfBurn) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return selfBurn.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (selfBurn *SelfBurn) UnpackApprove(data []byte) (bool, error) {
	out, err := selfBurn.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (selfBurn *SelfBurn) PackBalanceOf(account common.Address) []byte {
	enc, err := selfBurn.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (selfBurn *SelfBurn) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return selfBurn.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (selfBurn *SelfBurn) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := selfBurn.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (selfBurn *SelfBurn) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := selfBurn.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (selfBurn *SelfBurn) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return selfBurn.abi.Pack("burn", from, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (selfBurn *SelfBurn) PackDecimals() []byte {
	enc, err := selfBurn.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (selfBurn *SelfBurn) TryPackDecimals() ([]byte, error) {
	return selfBurn.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (selfBurn *SelfBurn) UnpackDecimals(data []byte) (uint8, error) {
	out, err := selfBurn.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (selfBurn *SelfBurn) PackName() []byte {
	enc, err := selfBurn.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (selfBurn *SelfBurn) TryPackName() ([]byte, error) {
	return selfBurn.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (selfBurn *SelfBurn) UnpackName(data []byte) (string, error) {
	out, err := selfBurn.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (selfBurn *SelfBurn) PackOwner() []byte {
	enc, err := selfBurn.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (selfBurn *SelfBurn) TryPackOwner() ([]byte, error) {
	return selfBurn.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (selfBurn *SelfBurn) UnpackOwner(data []byte) (common.Address, error) {
	out, err := selfBurn.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (selfBurn *SelfBurn) PackRenounceOwnership() []byte {
	enc, err := selfBurn.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (selfBurn *SelfBurn) TryPackRenounceOwnership() ([]byte, error) {
	return selfBurn.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (selfBurn *SelfBurn) PackSymbol() []byte {
	enc, err := selfBurn.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (selfBurn *SelfBurn) TryPackSymbol() ([]byte, error) {
	return selfBurn.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (selfBurn *SelfBurn) UnpackSymbol(data []byte) (string, error) {
	out, err := selfBurn.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (selfBurn *SelfBurn) PackTotalSupply() []byte {
	enc, err := selfBurn.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (selfBurn *SelfBurn) TryPackTotalSupply() ([]byte, error) {
	return selfBurn.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (selfBurn *SelfBurn) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := selfBurn.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (selfBurn *SelfBurn) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := selfBurn.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (selfBurn *SelfBurn) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return selfBurn.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (selfBurn *SelfBurn) UnpackTransfer(data []byte) (bool, error) {
	out, err := selfBurn.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (selfBurn *SelfBurn) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := selfBurn.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (selfBurn *SelfBurn) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return selfBurn.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (selfBurn *SelfBurn) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := selfBurn.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (selfBurn *SelfBurn) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := selfBurn.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (selfBurn *SelfBurn) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return selfBurn.abi.Pack("transferOwnership", newOwner)
}

// SelfBurnApproval represents a Approval event raised by the SelfBurn contract.
type SelfBurnApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SelfBurnApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (SelfBurnApproval) ContractEventName() string {
	return SelfBurnApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (selfBurn *SelfBurn) UnpackApprovalEvent(log *types.Log) (*SelfBurnApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != selfBurn.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SelfBurnApproval)
	if len(log.Data) > 0 {
		if err := selfBurn.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range selfBurn.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SelfBurnOwnershipTransferred represents a OwnershipTransferred event raised by the SelfBurn contract.
type SelfBurnOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SelfBurnOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SelfBurnOwnershipTransferred) ContractEventName() string {
	return SelfBurnOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (selfBurn *SelfBurn) UnpackOwnershipTransferredEvent(log *types.Log) (*SelfBurnOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != selfBurn.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SelfBurnOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := selfBurn.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range selfBurn.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SelfBurnTransfer represents a Transfer event raised by the SelfBurn contract.
type SelfBurnTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SelfBurnTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SelfBurnTransfer) ContractEventName() string {
	return SelfBurnTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (selfBurn *SelfBurn) UnpackTransferEvent(log *types.Log) (*SelfBurnTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != selfBurn.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SelfBurnTransfer)
	if len(log.Data) > 0 {
		if err := selfBurn.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range selfBurn.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (selfBurn *SelfBurn) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return selfBurn.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return selfBurn.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return selfBurn.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return selfBurn.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return selfBurn.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return selfBurn.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return selfBurn.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], selfBurn.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return selfBurn.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SelfBurnERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the SelfBurn contract.
type SelfBurnERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func SelfBurnERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (selfBurn *SelfBurn) UnpackERC20InsufficientAllowanceError(raw []byte) (*SelfBurnERC20InsufficientAllowance, error) {
	out := new(SelfBurnERC20InsufficientAllowance)
	if err := selfBurn.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the SelfBurn contract.
type SelfBurnERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func SelfBurnERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (selfBurn *SelfBurn) UnpackERC20InsufficientBalanceError(raw []byte) (*SelfBurnERC20InsufficientBalance, error) {
	out := new(SelfBurnERC20InsufficientBalance)
	if err := selfBurn.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnERC20InvalidApprover represents a ERC20InvalidApprover error raised by the SelfBurn contract.
type SelfBurnERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func SelfBurnERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (selfBurn *SelfBurn) UnpackERC20InvalidApproverError(raw []byte) (*SelfBurnERC20InvalidApprover, error) {
	out := new(SelfBurnERC20InvalidApprover)
	if err := selfBurn.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the SelfBurn contract.
type SelfBurnERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func SelfBurnERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (selfBurn *SelfBurn) UnpackERC20InvalidReceiverError(raw []byte) (*SelfBurnERC20InvalidReceiver, error) {
	out := new(SelfBurnERC20InvalidReceiver)
	if err := selfBurn.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnERC20InvalidSender represents a ERC20InvalidSender error raised by the SelfBurn contract.
type SelfBurnERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func SelfBurnERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (selfBurn *SelfBurn) UnpackERC20InvalidSenderError(raw []byte) (*SelfBurnERC20InvalidSender, error) {
	out := new(SelfBurnERC20InvalidSender)
	if err := selfBurn.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnERC20InvalidSpender represents a ERC20InvalidSpender error raised by the SelfBurn contract.
type SelfBurnERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func SelfBurnERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (selfBurn *SelfBurn) UnpackERC20InvalidSpenderError(raw []byte) (*SelfBurnERC20InvalidSpender, error) {
	out := new(SelfBurnERC20InvalidSpender)
	if err := selfBurn.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SelfBurn contract.
type SelfBurnOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SelfBurnOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (selfBurn *SelfBurn) UnpackOwnableInvalidOwnerError(raw []byte) (*SelfBurnOwnableInvalidOwner, error) {
	out := new(SelfBurnOwnableInvalidOwner)
	if err := selfBurn.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SelfBurnOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SelfBurn contract.
type SelfBurnOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SelfBurnOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (selfBurn *SelfBurn) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SelfBurnOwnableUnauthorizedAccount, error) {
	out := new(SelfBurnOwnableUnauthorizedAccount)
	if err := selfBurn.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
